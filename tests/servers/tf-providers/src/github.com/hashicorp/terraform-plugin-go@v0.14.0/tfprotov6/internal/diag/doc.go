// Package diag contains diagnostics helpers. These implementations are
// intentionally outside the public API.
package diag
