import {
  to = awscc_ec2_key_pair.example
  identity = {
    key_name = "key_name"
  }
}
