// inspect shows a toStringTag that differs from the constructor name (v20's rule)
class MyMap extends Map{}; console.log(new MyMap()); class Mapper extends Map{}; console.log(new Mapper()); class SetX extends Set{}; console.log(new SetX([1])); const o={[Symbol.toStringTag]:"Foo"}; class FooBar{get [Symbol.toStringTag](){return "Foo"}}; console.log(new FooBar())
