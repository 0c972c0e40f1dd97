// Package stringplanmodifier provides plan modifiers for types.String attributes.
package stringplanmodifier
