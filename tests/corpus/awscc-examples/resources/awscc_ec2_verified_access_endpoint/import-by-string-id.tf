import {
  to = awscc_ec2_verified_access_endpoint.example
  id = "verified_access_endpoint_id"
}