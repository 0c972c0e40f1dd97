module github.com/hashicorp/terraform-plugin-log

go 1.18

require (
	github.com/google/go-cmp v0.5.9
	github.com/hashicorp/go-hclog v1.4.0
	github.com/mitchellh/go-testing-interface v1.14.1
)

require (
	github.com/fatih/color v1.13.0 // indirect
	github.com/mattn/go-colorable v0.1.12 // indirect
	github.com/mattn/go-isatty v0.0.14 // indirect
	golang.org/x/sys v0.0.0-20220503163025-988cb79eb6c6 // indirect
)
