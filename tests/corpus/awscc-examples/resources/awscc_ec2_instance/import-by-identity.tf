import {
  to = awscc_ec2_instance.example
  identity = {
    instance_id = "instance_id"
  }
}
