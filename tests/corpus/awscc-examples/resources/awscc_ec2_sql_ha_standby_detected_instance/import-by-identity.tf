import {
  to = awscc_ec2_sql_ha_standby_detected_instance.example
  identity = {
    instance_id = "instance_id"
  }
}
