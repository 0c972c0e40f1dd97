import {
  to = awscc_ec2_flow_log.example
  id = "id"
}