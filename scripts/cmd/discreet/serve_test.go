package main

import (
	"slices"
	"testing"
)

func TestListenHosts(t *testing.T) {
	for _, tc := range []struct {
		addr, listen string
		loopback     bool
		want         []string
	}{
		{"127.0.0.1:8787", "127.0.0.1:8787", true, []string{"127.0.0.1:8787", "localhost:8787", "[::1]:8787"}},
		{"127.0.0.1:0", "127.0.0.1:41234", true, []string{"127.0.0.1:41234", "localhost:41234", "[::1]:41234"}},
		{"discreet.example:443", "[::]:443", false, []string{"discreet.example:443"}},
	} {
		if got := listenHosts(tc.addr, tc.listen, tc.loopback); !slices.Equal(got, tc.want) {
			t.Errorf("listenHosts(%q, %q, %v) = %q; want %q", tc.addr, tc.listen, tc.loopback, got, tc.want)
		}
	}
}
