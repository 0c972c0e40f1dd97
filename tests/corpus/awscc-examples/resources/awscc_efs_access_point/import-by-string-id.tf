import {
  to = awscc_efs_access_point.example
  id = "access_point_id"
}