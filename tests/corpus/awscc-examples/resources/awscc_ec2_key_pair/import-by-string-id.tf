import {
  to = awscc_ec2_key_pair.example
  id = "key_name"
}