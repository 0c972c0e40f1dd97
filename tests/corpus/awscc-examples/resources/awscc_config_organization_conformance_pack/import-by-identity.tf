import {
  to = awscc_config_organization_conformance_pack.example
  identity = {
    organization_conformance_pack_name = "organization_conformance_pack_name"
  }
}
