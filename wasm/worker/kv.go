//go:build js && wasm

package main

import (
	"context"

	"github.com/discreet-app/discreet/analyzer/server"
	"github.com/syumai/workers/cloudflare/kv"
)

// kvStore keeps policies and uploaded packs in Workers KV, one key each
// ("policy/<team>", "pack/<lang>").
type kvStore struct{ ns *kv.Namespace }

// missing is what syumai's GetString returns for a key KV does not have
// (the JavaScript null, stringified). Stored values are JSON objects, so
// it cannot be a real value.
const missing = "<null>"

func (s kvStore) Get(_ context.Context, key string) ([]byte, error) {
	v, err := s.ns.GetString(key, nil)
	if err != nil {
		return nil, err
	}
	if v == missing {
		return nil, server.ErrNotFound
	}
	return []byte(v), nil
}

func (s kvStore) Put(_ context.Context, key string, value []byte) error {
	return s.ns.PutString(key, string(value), nil)
}
