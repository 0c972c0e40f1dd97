module github.com/vmihailenco/msgpack/v4

require (
	github.com/davecgh/go-spew v1.1.1
	github.com/golang/protobuf v1.3.4 // indirect
	github.com/kr/pretty v0.1.0 // indirect
	github.com/vmihailenco/tagparser v0.1.1
	golang.org/x/net v0.0.0-20200301022130-244492dfa37a // indirect
	google.golang.org/appengine v1.6.5
	gopkg.in/check.v1 v1.0.0-20180628173108-788fd7840127
)

go 1.11
