module github.com/discreet-app/discreet

go 1.26.8

require (
	github.com/coregx/ahocorasick v0.3.1
	github.com/dchest/siphash v1.2.3
	github.com/pemistahl/lingua-go v1.4.0
	github.com/syumai/workers v0.31.0
	github.com/tidwall/gjson v1.20.1
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

require (
	github.com/shopspring/decimal v1.3.1 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.0 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	golang.org/x/sys v0.50.0 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)
