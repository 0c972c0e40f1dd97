// Package validatordiag provides diagnostics helpers for validator implementations.
package validatordiag
