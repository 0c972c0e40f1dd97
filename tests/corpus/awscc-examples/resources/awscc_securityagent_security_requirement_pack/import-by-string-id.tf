import {
  to = awscc_securityagent_security_requirement_pack.example
  id = "pack_id"
}