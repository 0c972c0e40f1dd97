import {
  to = awscc_securityagent_target_domain.example
  identity = {
    target_domain_id = "target_domain_id"
  }
}
