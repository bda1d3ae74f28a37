package rewrite

// fills holds what each of a template's placeholders is filled with: the
// name ("needs", "ask") and its value; run.source, the terms of the
// post its specialties stand for; and, as sets, the asks run marks
// (described, neutralized, verbatim). A rewrite sets about fourteen
// placeholders and a few specialties, so they live in arrays of the
// caller's frame, looked up by a walk of the names, where a map grew past
// its first eight entries (a 600-byte table a rewrite) or was made for a
// single specialty, and hashed every name it was asked for. Names past
// the arrays go to a map.
type fills struct {
	names [fillSlots]string
	vals  [fillSlots]string
	n     int
	more  map[string]string
}

// fillSlots is how many placeholders fills holds without a map: more than
// the fourteen compose and askRewrite set.
const fillSlots = 16

// set gives the placeholder name the value val.
func (f *fills) set(name, val string) {
	for i := range f.n {
		if f.names[i] == name {
			f.vals[i] = val
			return
		}
	}
	if f.n < fillSlots {
		f.names[f.n], f.vals[f.n] = name, val
		f.n++
		return
	}
	if f.more == nil {
		f.more = map[string]string{}
	}
	f.more[name] = val
}

// lookup returns the value of the placeholder name, and whether it was
// set.
func (f *fills) lookup(name string) (string, bool) {
	for i := range f.n {
		if f.names[i] == name {
			return f.vals[i], true
		}
	}
	v, ok := f.more[name]
	return v, ok
}

// get returns the value of the placeholder name, "" when it is not set.
func (f *fills) get(name string) string {
	v, _ := f.lookup(name)
	return v
}

// has reports whether name was set: fills as a set of strings.
func (f *fills) has(name string) bool {
	_, ok := f.lookup(name)
	return ok
}

// empty reports whether nothing was set.
func (f *fills) empty() bool { return f.n == 0 && len(f.more) == 0 }
