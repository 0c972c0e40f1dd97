import {
  to = awscc_ec2_verified_access_instance.example
  identity = {
    verified_access_instance_id = "verified_access_instance_id"
  }
}
