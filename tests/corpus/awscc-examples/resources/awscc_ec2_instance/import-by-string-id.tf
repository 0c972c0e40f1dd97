import {
  to = awscc_ec2_instance.example
  id = "instance_id"
}