import {
  to = awscc_config_conformance_pack.example
  id = "conformance_pack_name"
}