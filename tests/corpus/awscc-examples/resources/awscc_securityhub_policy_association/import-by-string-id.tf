import {
  to = awscc_securityhub_policy_association.example
  id = "association_identifier"
}