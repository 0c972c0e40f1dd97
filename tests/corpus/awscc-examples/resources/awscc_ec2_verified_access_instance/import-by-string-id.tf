import {
  to = awscc_ec2_verified_access_instance.example
  id = "verified_access_instance_id"
}