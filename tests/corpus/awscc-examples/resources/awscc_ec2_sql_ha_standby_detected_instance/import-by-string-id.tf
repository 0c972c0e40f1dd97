import {
  to = awscc_ec2_sql_ha_standby_detected_instance.example
  id = "instance_id"
}