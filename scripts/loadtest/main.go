// Command loadtest sends synthetic ~1 KB posts to a Discreet backend on
// this machine and reports throughput, latency percentiles and errors.
// It only talks to loopback addresses and always stops by itself: after
// -n requests or -d, whichever comes first.
//
//	go run ./scripts/loadtest -url http://127.0.0.1:8787/v1/analyze -c 8 -d 20s
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8787/v1/analyze", "endpoint (loopback only)")
	method := flag.String("method", "POST", "POST sends posts; GET sends no body")
	conc := flag.Int("c", 8, "concurrent workers")
	dur := flag.Duration("d", 10*time.Second, "stop after this long (at most 10m)")
	count := flag.Int("n", 0, "stop after this many requests (0: only -d bounds the run)")
	size := flag.Int("size", 1024, "approximate post size in bytes")
	lang := flag.String("lang", "en", `"lang" sent with each post ("" lets the server detect it)`)
	token := flag.String("token", "", "bearer token")
	flag.Parse()

	if err := checkLoopback(*target); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	}
	if *dur <= 0 || *dur > 10*time.Minute || *conc < 1 || *conc > 256 {
		fmt.Fprintln(os.Stderr, "loadtest: want 0 < -d <= 10m and 1 <= -c <= 256")
		os.Exit(2)
	}
	bodies := make([][]byte, 64)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range bodies {
		in := map[string]string{"text": post(rng, *size)}
		if *lang != "" {
			in["lang"] = *lang
		}
		bodies[i], _ = json.Marshal(in)
	}

	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc},
	}
	var (
		next     atomic.Int64
		mu       sync.Mutex
		lat      []time.Duration
		errs     int
		firstErr string
		wg       sync.WaitGroup
	)
	deadline := time.Now().Add(*dur)
	start := time.Now()
	for w := 0; w < *conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var myErrs int
			var myFirst string
			for time.Now().Before(deadline) {
				i := next.Add(1)
				if *count > 0 && i > int64(*count) {
					break
				}
				var body io.Reader
				if *method == "POST" {
					body = bytes.NewReader(bodies[i%int64(len(bodies))])
				}
				req, _ := http.NewRequest(*method, *target, body)
				if body != nil {
					req.Header.Set("Content-Type", "application/json")
				}
				if *token != "" {
					req.Header.Set("Authorization", "Bearer "+*token)
				}
				t0 := time.Now()
				res, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				if err != nil {
					myErrs++
					if myFirst == "" {
						myFirst = err.Error()
					}
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += myErrs
			if firstErr == "" {
				firstErr = myFirst
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	fmt.Printf("%s %s: %d ok, %d errors in %.1fs with %d workers, %d-byte posts\n",
		*method, *target, len(lat), errs, elapsed.Seconds(), *conc, *size)
	fmt.Printf("throughput %.0f req/s  p50 %s  p90 %s  p99 %s  max %s\n",
		float64(len(lat))/elapsed.Seconds(), ms(pct(0.50)), ms(pct(0.90)), ms(pct(0.99)), ms(pct(1)))
	if errs > 0 {
		fmt.Printf("first error: %s\n", firstErr)
		os.Exit(1)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000) }

// checkLoopback refuses any target that is not on this machine.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-url %q: want http://127.0.0.1:PORT/...", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return errors.New("-url must be a loopback address (127.0.0.0/8, ::1 or localhost)")
}

// Synthetic text only: composed from these fragments, never real posts.
var fragments = []string{
	"Hi all, I'm looking for a therapist who specializes in trauma-informed care.",
	"My client is a 40-year-old teacher in Springfield who recently lost her husband.",
	"Does anyone have experience with EMDR for adolescents with school refusal?",
	"We are a group practice offering telehealth across the state, accepting new referrals.",
	"She mentioned she works at the Maple Street elementary school and has two kids.",
	"Seeking a consultation group for clinicians working with eating disorders.",
	"He is a veteran, 52, living in a small town near the lake, and drinks daily.",
	"Any recommendations for a psychiatrist who takes Medicaid in the county?",
	"Thank you to everyone who replied last week; the resources were very helpful.",
	"Please DM me if you have openings on Tuesday evenings for a couple in crisis.",
}

func post(rng *rand.Rand, size int) string {
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(fragments[rng.IntN(len(fragments))])
	}
	return b.String()
}
