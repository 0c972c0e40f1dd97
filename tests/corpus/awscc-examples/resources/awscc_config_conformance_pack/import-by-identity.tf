import {
  to = awscc_config_conformance_pack.example
  identity = {
    conformance_pack_name = "conformance_pack_name"
  }
}
