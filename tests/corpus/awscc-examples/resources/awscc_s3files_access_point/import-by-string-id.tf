import {
  to = awscc_s3files_access_point.example
  id = "access_point_id"
}