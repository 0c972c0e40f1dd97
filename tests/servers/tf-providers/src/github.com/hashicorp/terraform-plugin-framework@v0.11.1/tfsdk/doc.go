// Package tfsdk contains core framework functionality for schemas and schema data.
package tfsdk
