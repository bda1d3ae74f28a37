package once

import (
	"sync"
	"testing"
)

func TestDoRunsOnce(t *testing.T) {
	var o Once
	n := 0
	for range 3 {
		o.Do(func() { n++ })
	}
	if n != 1 {
		t.Fatalf("f ran %d times, want 1", n)
	}
}

func TestDoAfterPanic(t *testing.T) {
	var o Once
	func() {
		defer func() { _ = recover() }()
		o.Do(func() { panic("first") })
	}()
	ran := false
	o.Do(func() { ran = true })
	if ran {
		t.Fatal("f ran again after the first call panicked")
	}
}

func TestDoConcurrent(t *testing.T) {
	var o Once
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { mu.Lock(); n++; mu.Unlock() })
		}()
	}
	wg.Wait()
	if n != 1 {
		t.Fatalf("f ran %d times, want 1", n)
	}
}
