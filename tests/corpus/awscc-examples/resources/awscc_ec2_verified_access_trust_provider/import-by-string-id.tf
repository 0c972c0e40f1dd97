import {
  to = awscc_ec2_verified_access_trust_provider.example
  id = "verified_access_trust_provider_id"
}