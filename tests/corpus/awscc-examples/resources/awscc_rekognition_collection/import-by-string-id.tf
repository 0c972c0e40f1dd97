import {
  to = awscc_rekognition_collection.example
  id = "collection_id"
}