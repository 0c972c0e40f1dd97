import {
  to = awscc_ec2_capacity_manager_data_export.example
  id = "capacity_manager_data_export_id"
}