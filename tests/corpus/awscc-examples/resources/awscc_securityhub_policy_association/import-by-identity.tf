import {
  to = awscc_securityhub_policy_association.example
  identity = {
    association_identifier = "association_identifier"
  }
}
