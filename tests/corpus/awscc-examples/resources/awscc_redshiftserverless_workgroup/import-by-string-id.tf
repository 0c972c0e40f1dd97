import {
  to = awscc_redshiftserverless_workgroup.example
  id = "workgroup_name"
}