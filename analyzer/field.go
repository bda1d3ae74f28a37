package analyzer

import (
	"sync"

	"github.com/discreet-app/discreet/analyzer/internal/match"
)

// The reuse of one field's last analysis while the user types in it:
// Input.Field names the field, and the analyzer keeps, for the last few
// fields, what the searches and the tagger found in each window and
// sentence (match.Reuse, tagReuse). An analysis with the same Field
// redoes only the windows and sentences the edit changed; every stage that
// reads the whole post runs anew. Its answer is byte for byte the one an
// analysis without Field gives (TestFieldReuseIsExact).
//
// What is kept is the field's last text and what was found in it, in the
// process's memory only: never written anywhere, dropped by Forget (when
// the field's port closes), and pushed out by newer fields past maxFields.

// maxFields is how many fields' last analyses are kept: a user types in one
// field at a time, and a few tabs may each have one open.
const maxFields = 8

// maxReuseBytes is the longest text whose analysis is kept for reuse: a
// user types posts of a few thousand characters, and keeping a huge paste
// would hold megabytes for nothing.
const maxReuseBytes = 64 << 10

// fieldState is what one field's last analysis left for the next.
type fieldState struct {
	key string
	// post is the field's last post as the user wrote it (match.Continues).
	post  string
	match match.Reuse
	tag   tagReuse
}

// forget drops the state's text and findings.
func (st *fieldState) forget() {
	st.post = ""
	st.match.Forget()
	st.tag.forget()
}

// fieldCache holds the states of the last maxFields fields analyzed,
// least recently used first.
type fieldCache struct {
	mu     sync.Mutex
	states []*fieldState
}

// take removes key's state from the cache and returns it, or a new one:
// while an analysis uses it, another of the same field starts afresh.
func (fc *fieldCache) take(key string) *fieldState {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	for i, st := range fc.states {
		if st.key == key {
			fc.states = append(fc.states[:i], fc.states[i+1:]...)
			return st
		}
	}
	return &fieldState{key: key}
}

// put makes st the most recently used state, replacing any other of its
// field, and drops the least recently used past maxFields.
func (fc *fieldCache) put(st *fieldState) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	fc.remove(st.key)
	fc.states = append(fc.states, st)
	if len(fc.states) > maxFields {
		fc.states[0].forget()
		fc.states = append(fc.states[:0], fc.states[1:]...)
	}
}

// remove drops key's state, if any; fc.mu is held.
func (fc *fieldCache) remove(key string) {
	for i, st := range fc.states {
		if st.key == key {
			st.forget()
			fc.states = append(fc.states[:i], fc.states[i+1:]...)
			return
		}
	}
}

// Forget drops what the analyzer keeps of the field's last analysis (see
// Input.Field): the extension calls it when the field's port closes.
func (a *Analyzer) Forget(field string) {
	a.fields.mu.Lock()
	defer a.fields.mu.Unlock()
	a.fields.remove(field)
}

// fieldStates reports how many fields' analyses a keeps, for tests.
func (a *Analyzer) fieldStates() int {
	a.fields.mu.Lock()
	defer a.fields.mu.Unlock()
	return len(a.fields.states)
}
