package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// ErrNotFound is returned (possibly wrapped) for a missing key or pack.
var ErrNotFound = errors.New("not found")

// Store keeps small values by key: "policy/<team>" and "pack/<lang>". The
// native server uses FileStore, the Worker Cloudflare KV, tests MemStore.
type Store interface {
	// Get returns the value of key or an error wrapping ErrNotFound.
	Get(ctx context.Context, key string) ([]byte, error)
	Put(ctx context.Context, key string, value []byte) error
}

// MemStore is a Store in memory.
type MemStore struct {
	mu sync.RWMutex
	m  map[string][]byte
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{m: map[string][]byte{}} }

// Get returns a copy of the value of key.
func (s *MemStore) Get(_ context.Context, key string) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[key]
	if !ok {
		return nil, ErrNotFound
	}
	return append([]byte(nil), v...), nil
}

// Put stores a copy of value.
func (s *MemStore) Put(_ context.Context, key string, value []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = append([]byte(nil), value...)
	return nil
}

// FileStore keeps each key in a file of its own under Dir
// ("policy/clinic-a" → Dir/policy/clinic-a.json), written atomically with
// mode 0600.
type FileStore struct {
	Dir string
}

var storeKey = regexp.MustCompile(`^[a-z]+/[a-z0-9][a-z0-9_-]{0,63}$`)

func (s FileStore) path(key string) (string, error) {
	if !storeKey.MatchString(key) {
		return "", fmt.Errorf("server: store key %q is not kind/name", key)
	}
	kind, name, _ := strings.Cut(key, "/")
	return filepath.Join(s.Dir, kind, name+".json"), nil
}

// Get reads the file of key.
func (s FileStore) Get(_ context.Context, key string) ([]byte, error) {
	p, err := s.path(key)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	return b, err
}

// Put writes the file of key through a temporary file and a rename, so a
// reader never sees half a policy.
func (s FileStore) Put(_ context.Context, key string, value []byte) error {
	p, err := s.path(key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(value); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), p)
}
