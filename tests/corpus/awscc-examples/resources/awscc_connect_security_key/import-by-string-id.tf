import {
  to = awscc_connect_security_key.example
  id = "instance_id|association_id"
}