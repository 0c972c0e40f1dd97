module github.com/hashicorp/terraform-registry-address

go 1.14

require (
	github.com/google/go-cmp v0.5.9
	github.com/hashicorp/terraform-svchost v0.0.0-20200729002733-f050f53b9734
	golang.org/x/net v0.0.0-20210119194325-5f4716e94777
)
