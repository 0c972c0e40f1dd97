import {
  to = awscc_fsx_s3_access_point_attachment.example
  id = "name"
}