package tfsdk

import (
	"github.com/hashicorp/terraform-plugin-framework/internal/fwschema"
)

const (
	BlockNestingModeList = fwschema.BlockNestingModeList
	BlockNestingModeSet  = fwschema.BlockNestingModeSet
)
