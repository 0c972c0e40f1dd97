import {
  to = awscc_ec2_verified_access_trust_provider.example
  identity = {
    verified_access_trust_provider_id = "verified_access_trust_provider_id"
  }
}
