// Package toproto6 contains functions to convert from framework types to
// protocol version 6 (tfprotov6) types.
package toproto6
