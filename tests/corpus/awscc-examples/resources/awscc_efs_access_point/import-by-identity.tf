import {
  to = awscc_efs_access_point.example
  identity = {
    access_point_id = "access_point_id"
  }
}
