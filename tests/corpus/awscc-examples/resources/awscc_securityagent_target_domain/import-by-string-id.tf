import {
  to = awscc_securityagent_target_domain.example
  id = "target_domain_id"
}