import {
  to = awscc_connect_security_key.example
  identity = {
    instance_id    = "instance_id"
    association_id = "association_id"
  }
}
