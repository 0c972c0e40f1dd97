import {
  to = awscc_securityagent_security_requirement_pack.example
  identity = {
    pack_id = "pack_id"
  }
}
