import {
  to = awscc_config_organization_conformance_pack.example
  id = "organization_conformance_pack_name"
}