import {
  to = awscc_redshiftserverless_workgroup.example
  identity = {
    workgroup_name = "workgroup_name"
  }
}
