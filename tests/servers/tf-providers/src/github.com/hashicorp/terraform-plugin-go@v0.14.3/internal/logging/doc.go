// Package logging contains shared environment variable and log functionality.
package logging
