// OpenCC's dictionaries are plain strings: "key value|key value|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
