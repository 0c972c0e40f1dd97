import {
  to = awscc_ec2_verified_access_endpoint.example
  identity = {
    verified_access_endpoint_id = "verified_access_endpoint_id"
  }
}
