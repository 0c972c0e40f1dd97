// Package tf5serverlogging contains logging functionality specific to
// tf5server and tfprotov5 types.
package tf6serverlogging
